"""The pure core of vigia: customer state, its transitions, scores and decisions.

Nothing here imports Faust, Kafka or Redis, so that the Kafka worker (``agents/``) and the offline
replay run exactly the same code on the same input.
"""
