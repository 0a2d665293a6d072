"""The Kafka side of vigia: settings, the Faust app and its topics, the Redis read model, metrics, CLI."""
