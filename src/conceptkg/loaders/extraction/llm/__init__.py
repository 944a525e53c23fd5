"""The optional LLM relation extractor: a model behind an OpenAI-compatible chat-completions
endpoint, in the spirit of spacy-llm, as one more relation component. Off by default; it runs
when an :class:`LLMConfig` is given (``conceptkg build --llm-endpoint URL --llm-model NAME``,
``process_text(doc, llm=config)``).

- :mod:`.config`: :class:`LLMConfig`, the key from the environment, the cache directory;
- :mod:`.prompt`: the prompt file of the language package (``zh/llm_prompt.yaml``) as chat
  messages, and the schema answers must keep to;
- :mod:`.client`: the :class:`~.client.ChatClient` protocol and the urllib client;
- :mod:`.parse`: the pydantic models of the answer, span and schema checks;
- :mod:`.cache`: answers on disk per (model, prompt version, sentence);
- :mod:`.component`: :class:`~.component.LLMRelations`, the component itself.

Only :mod:`.config` is imported with this package (standard library only); the rest is
imported when the extractor is built.
"""

from .config import API_KEY_VARIABLES, LLMConfig, api_key_from_env, default_cache_dir

__all__ = ["API_KEY_VARIABLES", "LLMConfig", "api_key_from_env", "default_cache_dir"]
