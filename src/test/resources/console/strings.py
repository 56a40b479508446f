s = "Hello, PyTorch"
print(s.upper(), s.lower(), len(s), s[0], s[-7:], s[::-1])
print(", ".join(["a", "b", "c"]), "a b  c".split(), "1,2,3".split(","))
print("  pad ".strip(), s.replace("Hello", "Bye"), s.startswith("He"), s.endswith("x"))
print(str(1) + "2", "ab" * 2, "x" in "xyz")
print(repr("quote's"), repr('both \' and "'), ["a", "b'c"])
