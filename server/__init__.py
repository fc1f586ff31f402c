"""The offline interviewer: candidate screening on a local, quantized LLM."""

__version__ = "0.1.0"
