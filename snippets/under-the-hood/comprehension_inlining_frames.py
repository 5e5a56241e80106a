import sys


def frame_names() -> list[str]:
    return [sys._getframe().f_code.co_name for _ in range(1)]


def generator_frame_names() -> list[str]:
    return list(sys._getframe().f_code.co_name for _ in range(1))


print(frame_names())
#> ['<listcomp>']
print(generator_frame_names())
#> ['<genexpr>']
