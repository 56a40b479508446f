def square(x):
    return x * x

def power(base, exponent=2):
    return base ** exponent

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def nothing():
    pass

print(square(4), power(3), power(2, 5), power(exponent=3, base=2), fact(10), nothing())

def describe(x, name="x"):
    print(name, "=", x)

describe(3)
describe(2.5, name="y")
