package rt

// Typed constants of the primitive types' associated consts (i32::MAX,
// f64::EPSILON, ...) and of std::f64::consts, so that generated code
// keeps the Rust type of the value.

import "math"

const (
	I8Min          int8    = math.MinInt8
	I8Max          int8    = math.MaxInt8
	I8Bits         uint32  = 8
	I16Min         int16   = math.MinInt16
	I16Max         int16   = math.MaxInt16
	I16Bits        uint32  = 16
	I32Min         int32   = math.MinInt32
	I32Max         int32   = math.MaxInt32
	I32Bits        uint32  = 32
	I64Min         int64   = math.MinInt64
	I64Max         int64   = math.MaxInt64
	I64Bits        uint32  = 64
	IsizeMin       int     = math.MinInt
	IsizeMax       int     = math.MaxInt
	IsizeBits      uint32  = 64
	U8Min          uint8   = 0
	U8Max          uint8   = math.MaxUint8
	U8Bits         uint32  = 8
	U16Min         uint16  = 0
	U16Max         uint16  = math.MaxUint16
	U16Bits        uint32  = 16
	U32Min         uint32  = 0
	U32Max         uint32  = math.MaxUint32
	U32Bits        uint32  = 32
	U64Min         uint64  = 0
	U64Max         uint64  = math.MaxUint64
	U64Bits        uint32  = 64
	UsizeMin       uint    = 0
	UsizeMax       uint    = math.MaxUint
	UsizeBits      uint32  = 64
	F32Max         float32 = math.MaxFloat32
	F32Min         float32 = -math.MaxFloat32
	F32MinPositive float32 = 0x1p-126
	F32Epsilon     float32 = 0x1p-23
	F64Max         float64 = math.MaxFloat64
	F64Min         float64 = -math.MaxFloat64
	F64MinPositive float64 = 0x1p-1022
	F64Epsilon     float64 = 0x1p-52
	F64Pi          float64 = math.Pi
	F64E           float64 = math.E
	F64Tau         float64 = 2 * math.Pi
	F64Sqrt2       float64 = math.Sqrt2
	F64Ln2         float64 = math.Ln2
	F64Ln10        float64 = math.Ln10
	F64FracPi2     float64 = math.Pi / 2
	F64FracPi3     float64 = math.Pi / 3
	F64FracPi4     float64 = math.Pi / 4
	F64Frac1Sqrt2  float64 = 1 / math.Sqrt2
	F32Pi          float32 = math.Pi
	F32E           float32 = math.E
	F32Tau         float32 = 2 * math.Pi
	F32Sqrt2       float32 = math.Sqrt2
	F32Ln2         float32 = math.Ln2
	F32Ln10        float32 = math.Ln10
	F32FracPi2     float32 = math.Pi / 2
	F32FracPi3     float32 = math.Pi / 3
	F32FracPi4     float32 = math.Pi / 4
	F32Frac1Sqrt2  float32 = 1 / math.Sqrt2
)

// NaN and the infinities are not Go constants.
var (
	F64NaN    = math.NaN()
	F64Inf    = math.Inf(1)
	F64NegInf = math.Inf(-1)
	F32NaN    = float32(math.NaN())
	F32Inf    = float32(math.Inf(1))
	F32NegInf = float32(math.Inf(-1))
)
