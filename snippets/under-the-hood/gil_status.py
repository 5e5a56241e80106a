import sys
import sysconfig

print("free-threaded build:", bool(sysconfig.get_config_var("Py_GIL_DISABLED")))
#> free-threaded build: False
print("can ask about the GIL:", hasattr(sys, "_is_gil_enabled"))
#> can ask about the GIL: False
