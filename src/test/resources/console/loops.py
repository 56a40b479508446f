for i in range(3):
    print("i =", i)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
total = 0
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    total += n
print("total", total, "n", n)
for i, word in enumerate(["a", "b", "c"]):
    print(i, word)
for i, word in enumerate(["x", "y"], start=1):
    print(i, word)
for a, b in zip([1, 2, 3], "xyz"):
    print(a, b)
for row in [[1, 2], [3, 4]]:
    for v in row:
        print(v, end=",")
print()
for i in range(3): print(i * i)
print(range(5), range(1, 10, 2), len(range(0, 10, 3)))
