package lower

import "github.com/rs2go/rs2go/frontend/ast"

// Module is a Rust module: the crate root, an inline `mod`, or a module
// of the std model. Items maps names to *Module, *TypeDef, *FnDef,
// *TraitDef, *VariantDef or *ConstDef.
type Module struct {
	Name   string
	Path   string // std::thread, crate::util
	Parent *Module
	Items  map[string]any
	uses   []*ast.UseDecl
	Std    bool
	// Inherit is set for the scope of items declared inside a function
	// body: unlike a module, it sees the enclosing scope's names.
	Inherit bool
}

func newModule(name, path string, parent *Module, std bool) *Module {
	return &Module{Name: name, Path: path, Parent: parent, Items: map[string]any{}, Std: std}
}

// GoAttr is the lowering that a std model item's #[go(...)] attribute
// gives it (see lower/std/std.rs for the vocabulary).
type GoAttr map[string]string

// TypeDef is a nominal type: a std model struct or enum, or a user one.
type TypeDef struct {
	Name     string
	Path     string
	Generics []string
	Go       GoAttr
	Methods  map[string]*FnDef            // by name: inherent methods first, then trait methods
	Consts   map[string]*ConstDef         // associated consts of std types (Duration::ZERO)
	Traits   map[string]map[string]*FnDef // trait name → method name → method
	Variants []*VariantDef
	Fields   []*FieldDef // struct fields (tuple structs: "0", "1", ...)
	Module   *Module
	Std      bool
	Decl     ast.Item
	GoName   string // Go name of a user type (unique in the file)
	// IterItem is the Item of a user type's `impl Iterator`: the type
	// then iterates (for loops, IntoIterator arguments) and takes the
	// methods of std's iterators through its next method. It is in the
	// type's own parameters (iterItem instantiates it).
	IterItem Ty
	// FnBounds are the Fn/FnMut/FnOnce bounds of the type's parameters,
	// from its declaration or an impl's (impl<F: Fn(u32) -> u32>
	// Cacher<F>): the Go type parameter is constrained to the func type
	// (F ~func(uint32) uint32), so the methods can call the field.
	FnBounds map[string]*FnBound
	// Assoc are the associated types of the type's impls of user traits:
	// trait name → type name → type (impl Reducer for M { type Acc = ..; }).
	Assoc map[string]map[string]Ty
}

// VariantDef is an enum variant (Some, Ok, Err, None and user variants).
type VariantDef struct {
	Name   string
	Enum   *TypeDef
	Index  int
	Fields []Ty     // field types, in terms of the enum's generic parameters
	Names  []string // field names of a struct-like variant (nil for tuple variants)
	Go     GoAttr
	Decl   *ast.Variant
	Disc   int64 // discriminant of a C-like enum's variant
}

// TraitDef is a trait. Methods holds its method signatures, with Self
// as the generic parameter selfParam; a method with a body is a default.
type TraitDef struct {
	Name    string
	Path    string
	Go      GoAttr
	Decl    *ast.TraitDecl
	Module  *Module
	Std     bool
	Methods map[string]*FnDef
	Order   []string         // method names in declaration order
	Supers  []*TraitDef      // supertraits
	Consts  []*ast.ConstDecl // associated consts, in order (Value nil: no default)
	// Assoc are the associated types (type Acc;) in order, with their
	// trait bounds.
	Assoc       []string
	AssocBounds map[string][]*TraitDef
	// FieldClash: method names that are also the Go name of a field of
	// some struct or variant of the crate: Go names the interface method
	// with a trailing _ (traitMethodName).
	FieldClash map[string]bool
}

// selfParam is Self inside a trait's method signatures.
var selfParam = &ParamTy{Name: "Self", Index: -1}

// SelfKind says how a method takes self.
type SelfKind int

const (
	NoSelf SelfKind = iota
	SelfValue
	SelfRef
	SelfMut
)

// GenParam is a generic parameter of a function with its bounds.
type GenParam struct {
	Name   string
	Bounds []Ty        // *FnBound for Fn traits; other bounds are kept only as names
	Traits []*TraitDef // trait bounds (T: Shape + Clone)
	// Bounds of an impl's parameter, on an inherent method: Go's type
	// Holder[T any] cannot carry them, so they reach the method only
	// through its dictionary (dict.go).
	Dict []*TraitDef
	// Some instantiation of a PartialOrd/Ord/PartialEq/Eq-bounded parameter
	// is a type Go's cmp.Ordered or == does not fit (a user struct):
	// comparisons go through the dictionary (dict.go, markCmpDicts).
	CmpDict bool
	// Some instantiation of a Clone-bounded parameter is a type whose Go
	// copy is not a clone (a Vec, a struct holding one): clones go
	// through the dictionary (clone_dict.go).
	CloneDict bool
	// Some instantiation is a type with drop glue (a user Drop type, a
	// MutexGuard): values of the parameter drop through the dictionary
	// (drop_dict.go).
	DropDict bool
	// Some instantiation is a trait object (T: ?Sized given a dyn Trait):
	// its Go value is the interface itself, not a value whose pointer
	// has the trait's methods (markDynArgs).
	DynArg bool
	// A parameter synthesized for R::Acc, the associated type Acc of the
	// bound R: Trait (AssocOf names R): fixed by R's instantiation.
	AssocOf    string
	AssocTrait *TraitDef
	AssocName  string
	// Binds are the associated type bindings of the parameter's user
	// trait bounds (S: Store<Item = i32>), by associated type name.
	Binds map[string]ast.Type
	// An impl's parameter bounded by Display or Debug (fmtBound), where
	// Dict does not record the impl's bounds (a trait impl).
	FmtBound bool
}

// fnBound returns the Fn/FnMut/FnOnce bound of a generic parameter: such
// a parameter is a Go func type, not a Go type parameter.
func (g *GenParam) fnBound() *FnBound {
	for _, b := range g.Bounds {
		if fb, ok := b.(*FnBound); ok {
			return fb
		}
	}
	return nil
}

// FnDef is a function: a std model signature or a user fn. For methods,
// Owner is the type and its generics come before the fn's own generics
// in every substitution.
type FnDef struct {
	Name      string
	Path      string
	Owner     *TypeDef
	Generics  []*GenParam // the owner's generics first, then the fn's
	NOwner    int         // how many of Generics belong to the owner
	Self      SelfKind
	SelfTy    Ty        // the impl's self type (methods and associated functions)
	RecvTy    Ty        // an explicit self type other than Self, &Self and &mut Self (self: Box<Self>)
	Next      *FnDef    // the method of the same name in another std impl of the type (for other type arguments)
	SelfAlias string    // in a blanket impl instantiated for a type, the parameter naming Self
	Dict      string    // T::new() of a trait bound: the dictionary parameter called (dict.go)
	Trait     string    // the trait an impl method implements ("" for inherent)
	Op        bool      // a method of an impl of a std operator trait (impl Add for P<T>)
	TraitDef  *TraitDef // for a trait's own method signature (Owner nil)
	Params    []Ty
	Ret       Ty
	Go        GoAttr
	Decl      *ast.FnDecl
	Std       bool
	GoName    string // for functions declared inside a function body
	// Fixed are names in the fn's signature and body that stand for one
	// type, not a Go type parameter: its type parameters bounded by an
	// iterator trait only (I: Iterator<Item = T>), each std's one
	// iterator type as `impl Iterator<Item = T>` is; and R_Acc of a
	// bound binding R's associated type (R: Trait<Acc = i32>), the type
	// bound (assocParams).
	Fixed map[string]Ty
	// ConvParams are the fn's conversion parameters, by index (`name:
	// impl Into<String>` takes a String): their arguments are checked
	// to be ones the conversion is the identity for (sig_conv.go).
	ConvParams map[int]Ty
}

// Local is a local binding: a let, a parameter or a pattern binding.
type Local struct {
	Name   string
	Mut    bool
	Uninit bool // declared by `let x;`: one later assignment initializes it
	Param  bool // bound by a function parameter's pattern
	Ty     Ty
	Span   ast.Span
}

// fieldType is the type of field name of a struct type, or nil.
func (l *lowerer) fieldType(t *Adt, name string) Ty {
	for _, f := range t.Def.Fields {
		if f.Name == name {
			return subst(f.Type, t.Args)
		}
	}
	return nil
}

// FieldDef is a struct field.
type FieldDef struct {
	Name string
	Type Ty // in terms of the struct's generic parameters
}

// ConstDef is a const or static item.
type ConstDef struct {
	Name   string
	Type   Ty
	Value  ast.Expr
	Static bool
	Module *Module
	Span   ast.Span
	TyDecl ast.Type
	Go     GoAttr   // a std associated const: value = "pkg.Name" is its Go value
	Local  bool     // a thread_local! static: Type is LocalKey<declared type>
	Owner  *TypeDef // an associated const (impl Marker { const LABEL: .. }): its type
	SelfTy Ty       // Self in its value (the implementing type)
	Dict   string   // T::NAME of a trait bound: the dictionary parameter read (dict.go)
	GoName string   // a user const's Go name where its own is taken (userConstNames)
}

// AliasDef is a (non-generic) type alias: type Name = Type;
type AliasDef struct {
	Name   string
	Decl   *ast.TypeAliasDecl
	Module *Module
	busy   bool
}
