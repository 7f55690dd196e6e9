"""The memoization package's @cached(), keyed by the identity of the arguments (the real package hashes them)."""
import functools


def cached(*decorator_args, **decorator_kwargs):
    def decorate(function):
        results = {}

        @functools.wraps(function)
        def call(*args, **kwargs):
            key = tuple(map(id, args)) + tuple((k, id(v)) for k, v in sorted(kwargs.items()))
            if key not in results:
                results[key] = (args, kwargs, function(*args, **kwargs))  # the arguments kept: ids stay unique
            return results[key][2]
        return call
    if len(decorator_args) == 1 and callable(decorator_args[0]) and not decorator_kwargs:
        return decorate(decorator_args[0])
    return decorate
