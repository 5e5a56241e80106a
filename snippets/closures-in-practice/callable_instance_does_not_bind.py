class CountArgs:
    def __call__(self, *args: object) -> int:
        return len(args)


def count_args(*args: object) -> int:
    return len(args)


class Service:
    by_function = count_args
    by_instance = CountArgs()


service = Service()
# A function on a class becomes a method and receives `self`; the instance does not.
print(service.by_function(), service.by_instance())
#> 1 0
print(hasattr(CountArgs, "__get__"), hasattr(count_args, "__get__"))
#> False True
