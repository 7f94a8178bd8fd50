package rt

import "testing"

type ifaceNamer interface {
	name() string
	rename(string)
}

type ifaceUser struct{ n string }

func (u ifaceUser) name() string     { return u.n }
func (u *ifaceUser) rename(n string) { u.n = n }

func TestIfaceOfValueUsesItsPointer(t *testing.T) {
	u := ifaceUser{"a"}
	Iface[ifaceNamer](&u).rename("b")
	if u.n != "b" {
		t.Fatalf("rename through Iface changed a copy: %q", u.n)
	}
}

func TestIfaceOfTraitObjectIsTheObject(t *testing.T) {
	var d ifaceNamer = &ifaceUser{"a"}
	Iface[ifaceNamer](&d).rename("c")
	if got := d.name(); got != "c" {
		t.Fatalf("Iface of a trait object: name %q, want c", got)
	}
}
