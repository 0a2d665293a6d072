"""The ``vigia`` command line: it ties the worker (``agents``, ``streams``) and the lab (``backtest``) together."""
