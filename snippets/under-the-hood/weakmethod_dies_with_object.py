import weakref


class Dashboard:
    def on_signup(self, payload: dict) -> None:
        print(f"dashboard: {payload['name']}")


dashboard = Dashboard()
print(weakref.ref(dashboard.on_signup)() is None)
#> True
method_ref = weakref.WeakMethod(dashboard.on_signup)
method = method_ref()
method({"name": "Ada"})
#> dashboard: Ada
del method
del dashboard
print(method_ref() is None)
#> True
