d = {"lr": 0.01, "epochs": 3}
print(d, d["lr"], len(d))
d["momentum"] = 0.9
print(d)
for k in d:
    print(k, d[k])
print("lr" in d, d.get("x"), d.get("x", 5))
print({1: "one", 2: [1, 2]}, {})
