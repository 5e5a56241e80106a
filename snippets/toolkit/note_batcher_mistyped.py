def page_urls(page: int) -> list[str]:
    return [f"https://shop.example/p/{page}/{item}" for item in range(3)]


# The note's shape: annotated as returning a list, and "batches of 50".
def iter_product_urls(total_pages: int) -> list[str]:
    urls = []
    for page in range(1, total_pages + 1):
        urls.extend(page_urls(page))
        if len(urls) >= 50:
            yield urls
            urls = []
    if urls:
        yield urls


batches = iter_product_urls(20)
print(type(batches).__name__, isinstance(batches, list))
#> generator False
# Pages of 3 URLs overshoot the limit: the check runs after a whole page.
print([len(batch) for batch in batches])
#> [51, 9]
# raises: TypeError
len(iter_product_urls(20))
