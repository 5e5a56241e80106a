import asyncio
import contextvars

tenant: contextvars.ContextVar[str] = contextvars.ContextVar("tenant", default="none")


async def child() -> str:
    seen = tenant.get()  # inherited: the task copied the context when created
    tenant.set("changed by child")  # changes the child's copy only
    return seen


async def parent() -> list[str]:
    tenant.set("acme")
    seen_by_child = await asyncio.create_task(child())
    return [seen_by_child, tenant.get()]


print(asyncio.run(parent()), tenant.get())
#> ['acme', 'acme'] none


def switch_tenant() -> str:
    tenant.set("globex")
    return tenant.get()


context = contextvars.copy_context()
print(context.run(switch_tenant), tenant.get(), context[tenant])
#> globex none globex
