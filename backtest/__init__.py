"""The backtesting lab: a simulated portfolio whose truth is known, the offline replay of the worker's core,
the evaluation against that truth, the closed loop where simulated customers react to each policy's
outreach, and the report. It imports the pure core (``online_models``) and nothing of Kafka.
"""
