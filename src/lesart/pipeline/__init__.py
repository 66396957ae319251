"""Stage interface, registry and runner."""
from .runner import ErrorPolicy, Pipeline, PipelineOrderError
from .stage import INITIAL_FIELDS, HasModels, Stage, create, register, registered

__all__ = ["ErrorPolicy", "INITIAL_FIELDS", "HasModels", "Pipeline", "PipelineOrderError",
           "Stage", "create", "register", "registered"]
