from mindspore import nn

d = nn.Dense(3, 2)
for name, p in d.parameters_and_names():
    print(name, p.name, p.shape, p.dtype, p.requires_grad)
d2 = nn.Dense(4, 1, has_bias=False)
print([p.name for p in d2.trainable_params()])
