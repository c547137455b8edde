"""Prepare the initial conditions of the AI forecast."""
import argparse
import os


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--icsdir")
    parser.add_argument("--cycle")
    args = parser.parse_args()
    print(os.path.join(args.icsdir, args.cycle))


if __name__ == "__main__":
    main()
