package rt

import "os"

func openMissing() (*os.File, error) { return os.Open("/nonexistent-rs2go-test") }
