from collections.abc import Callable

Rule = Callable[[str], object]


def token_rule(
    matches: Callable[[str], bool], convert: Callable[[str], object]
) -> Rule:
    def apply(token: str) -> object:
        return convert(token) if matches(token) else token

    return apply


def first_match(*rules: tuple[Callable[[str], bool], Rule]) -> Rule:
    def apply(token: str) -> object:
        for matches, rule in rules:
            if matches(token):
                return rule(token)
        return token

    return apply


to_int = token_rule(str.isdigit, int)
print(to_int("123"), to_int("abc"))
#> 123 abc
keyword = token_rule(lambda t: t in {"if", "else"}, str.upper)
lexer = first_match((str.isdigit, to_int), (str.isalpha, keyword))
print([lexer(token) for token in "if x > 10 else 0".split()])
#> ['IF', 'x', '>', 10, 'ELSE', 0]
