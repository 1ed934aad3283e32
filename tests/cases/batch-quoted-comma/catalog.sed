# The base catalog as it is: short handouts.
