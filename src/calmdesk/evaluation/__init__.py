"""`calmdesk eval`: one JSON object of metrics for any file in a data set's format.

Tasks register themselves in `calmdesk.evaluation.registry.TASKS`; each task module holds the
tasks of one side of the product (reading, review...).
"""
