squares = [x * x for x in range(6)]
print(squares)
print([x for x in range(10) if x % 3 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print(sum(x * x for x in range(4)))
print(sum(v for v in [0.5, 1.5]))
print([[r * 3 + c for c in range(3)] for r in range(2)])
print(max(len(w) for w in ["a", "abc", "ab"]))
words = ["torch", "numpy"]
print([w.upper() for w in words])
x = 5
print([x for x in range(3)], x)
