import dis

TAX = 0.2


def gross(net: float) -> float:
    return round(net * (1 + TAX), 2)


for ins in dis.get_instructions(gross):
    if ins.opname.startswith(("LOAD", "STORE", "MAKE", "COPY")):
        print(ins.opname, ins.argval)
        #> LOAD_GLOBAL round
        #> LOAD_FAST net
        #> LOAD_CONST 1
        #> LOAD_GLOBAL TAX
        #> LOAD_CONST 2
print(gross(10.0))
#> 12.0
