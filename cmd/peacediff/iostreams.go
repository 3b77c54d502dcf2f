package main

import (
	"bytes"
	"io"
	"os"

	"golang.org/x/term"
)

// IOStreams are the standard streams of a command and what is known about
// the terminal. Only decoration depends on the terminal: colour and width.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer
	// IsTTY is true when Out is a terminal.
	IsTTY bool
	// Width is the terminal's width in columns, or 80.
	Width int
	// Getenv reads the environment.
	Getenv func(string) string
}

// System returns the process's streams.
func System() *IOStreams {
	ios := &IOStreams{In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr, Width: 80, Getenv: os.Getenv}
	if fd := int(os.Stdout.Fd()); term.IsTerminal(fd) {
		ios.IsTTY = true
		if w, _, err := term.GetSize(fd); err == nil && w > 0 {
			ios.Width = w
		}
	}
	return ios
}

// Test returns streams backed by buffers, not a terminal, with an empty
// environment, and the buffers for output and diagnostics.
func Test(in string) (ios *IOStreams, out, errOut *bytes.Buffer) {
	out, errOut = new(bytes.Buffer), new(bytes.Buffer)
	ios = &IOStreams{In: bytes.NewBufferString(in), Out: out, ErrOut: errOut, Width: 80, Getenv: func(string) string { return "" }}
	return ios, out, errOut
}
