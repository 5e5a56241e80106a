import dis


def make_multiplier(factor):
    def multiply(x):
        return x * factor

    return multiply


def opnames(func) -> list[str]:
    wanted = ("LOAD", "STORE", "MAKE", "COPY", "BUILD", "SET")
    return [ins.opname for ins in dis.get_instructions(func) if ins.opname.startswith(wanted)]


triple = make_multiplier(3)
print("factory:", opnames(make_multiplier))
print("closure:", opnames(triple))
print(triple(14))
