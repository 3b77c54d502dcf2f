// Command peacediff validates, compares and publishes peace proposals kept
// as structured YAML files.
package main

import "os"

func main() { os.Exit(run(os.Args[1:], System())) }
