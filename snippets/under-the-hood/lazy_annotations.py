def define_handler():
    def handle(request: Request) -> Response:  # noqa: F821 - defined later, on purpose
        return Response()  # noqa: F821

    return handle


try:
    handler = define_handler()
except NameError as error:
    print(f"NameError when defining: {error}")
    #> NameError when defining: name 'Request' is not defined
else:
    print("defined:", handler.__name__)
