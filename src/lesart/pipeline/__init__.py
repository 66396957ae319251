"""Stage interface, registry and runner."""
from .runner import ErrorPolicy, Pipeline, PipelineOrderError
from .stage import INITIAL_FIELDS, HasModels, Stage, create, file_hash, register, registered

__all__ = ["ErrorPolicy", "INITIAL_FIELDS", "HasModels", "Pipeline", "PipelineOrderError",
           "Stage", "create", "file_hash", "register", "registered"]
