"""`python -m kg` is the `kg` command."""
from .cli import main

if __name__ == "__main__":
    main(prog_name="kg")
