import sys


def set_through_frame() -> int:
    retries = 1
    sys._getframe().f_locals["retries"] = 5
    return retries


print(set_through_frame())
#> 1
