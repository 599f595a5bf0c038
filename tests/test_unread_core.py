"""'A@B' writes a core A in or under a shell B. Where the source abbreviates a hydride core with capitals no reading
knows ('MH@CMK-3', letters with the hydride's H), the shell the ontology knows is still no host: the core, as written,
is the sample's host and the shell holds it. Made-up notations."""
import pytest

from ontology.system import analyse_system


@pytest.mark.parametrize("notation,core,shell", [
    ("MH@CMK-3", "MH", "CMK-3"),
    ("QLH@Mg(BH4)2", "QLH", "Mg(BH4)2"),
    ("NHG@LiBH4", "NHG", "LiBH4"),
])
def test_the_shell_of_an_abbreviated_core_is_no_host(notation, core, shell):
    system = analyse_system(notation).system
    assert system.host.formula == core
    assert [a.formula for a in system.additives] == [shell]
    assert system.additives[0].role != "HostHydride"


@pytest.mark.parametrize("notation,host", [("MgH2@Mg(BH4)2", "MgH2"), ("LiBH4@SBA-15", "LiBH4"),
                                           ("MgH2–QLH", "MgH2"), ("QXZ@NaAlH4", "NaAlH4")])
def test_near_miss_a_core_the_ontology_reads_or_no_shell_keeps_its_host(notation, host):
    assert analyse_system(notation).system.host.formula == host
