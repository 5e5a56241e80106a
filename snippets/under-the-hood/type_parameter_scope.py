SOURCE = '''
class Box[T]:
    def get(self) -> T: ...

print(Box.__type_params__, Box.get.__annotations__["return"] is Box.__type_params__[0])
'''

try:
    code = compile(SOURCE, "<pep695>", "exec")
except SyntaxError as error:
    print(f"SyntaxError: {error.msg}")
    #> SyntaxError: invalid syntax
else:
    exec(code, {})
