"""The readers of samples and values build their word patterns from the ontology's word schemes
(PreparationVerb, EffectVerb, TogetherWord, HydrogenProcessVerb): a word added to a scheme reaches the reader with no code
changed, and a scheme or concept the ontology lacks is a clear error. (The ontology is the one source of these words: ontology/methods.ttl,
ontology/materials.ttl, ontology/reporting.ttl.)"""
from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from ontology.vocabulary import ONTOLOGY_MODULES, UnknownTermError, Vocabulary, load_graph, vocabulary

ROOT = Path(__file__).resolve().parents[1]

# (module, concept, the word added to it, the reader's pattern, a text the pattern then matches from its start)
ADDED = [
    ("methods.ttl", "MakingParticiple", "conjured", "ingest.extraction.text.samples_words:MADE_THEN_PUT",
     " nanoparticles were conjured by a wet route and then milled with "),
    ("methods.ttl", "MakingPast", "brewed", "ingest.extraction.text.samples_words:MADE_ACTIVELY", "we brewed Ni "),
    ("methods.ttl", "AddingGerund", "sprinkling", "ingest.extraction.text.samples_words:ADDING", "sprinkling 5 wt% "),
    ("methods.ttl", "PreparingWord", "graft*", "ingest.extraction.samples.samples_context:_PREPARES", "grafted onto MgH2"),
    ("methods.ttl", "OpeningGerund", "sprinkling", "ingest.extraction.samples.material_cues:OPENING_ADDITIVE", "Sprinkling with Ni "),
    ("methods.ttl", "RouteMakingParticiple", "brewed", "ingest.extraction.samples.samples_context:_PREPARES", "brewed by a wet route"),
    ("methods.ttl", "LinkingParticiple", "sprinkled", "ingest.extraction.text.samples_words:LINK", " sprinkled with "),
    ("methods.ttl", "AddedWithWord", "sprinkled", "ingest.extraction.samples.material_cues:ADDITIVE_CUE", "sprinkled with "),
    ("methods.ttl", "MillingGerund", "grinding", "ingest.extraction.samples.material_cues:MILLING_CUE", "grinding with "),
    ("methods.ttl", "CatalysedParticiple", "sprinkled", "ingest.extraction.attribution.referents:_CATALYSED", "co-sprinkled"),
    ("methods.ttl", "ScaffoldedParticiple", "caged", "ingest.extraction.attribution.referents:_SCAFFOLDED", "nanocaged"),
    ("methods.ttl", "PutIntoSampleParticiple", "sprinkled", "ingest.extraction.attribution.referents:_PUT_INTO",
     " was then sprinkled into the powder"),
    ("methods.ttl", "ReceivingParticiple", "sprinkled", "ingest.extraction.attribution.referents:_RECEIVES", "the powder was sprinkled with "),
    ("methods.ttl", "ScaffoldingParticiple", "caged", "ingest.extraction.text.samples_words:FRONTED", "Caged in "),
    ("methods.ttl", "FormedInPlaceParticiple", "crystallised", "ingest.extraction.text.samples_words:MADE_ROUTE",
     " nanoparticles were crystallised by hydrogenation of "),
    ("methods.ttl", "NucleatingParticiple", "seeded", "ingest.extraction.text.samples_words:FRONTED", "Seeded inside the pores of "),
    ("methods.ttl", "OnSupportParticiple", "perched", "ingest.extraction.samples.samples_notations:_SUPPORT_PREFIX", "carbon-perched "),
    ("methods.ttl", "PutBeforeHostParticiple", "sprinkled", "ingest.extraction.text.samples_words:BEFORE_HOST", " was sprinkled onto "),
    ("methods.ttl", "ChangingStem", "tun*", "ingest.extraction.text.samples_words:BEFORE_HOST", " was used to tune "),
    ("methods.ttl", "ActivatingStem", "awak*", "ingest.extraction.text.samples_words:MADE_THEN_PUT",
     " were made by a wet route to awaken "),
    ("methods.ttl", "DerivingParticiple", "sintered", "ingest.extraction.text.samples_words:MADE_THEN_PUT",
     " sintered on alumina was then milled with "),
    ("methods.ttl", "PutIntoHostParticiple", "sprinkled", "ingest.extraction.text.samples_words:PUT_INTO", " was sprinkled into "),
    ("methods.ttl", "PrefixVerb", "sprinkled", "ingest.extraction.text.samples_words:SPACED_PREFIX", " sprinkled "),
    ("methods.ttl", "HyphenPrefixVerb", "bearing", "ingest.extraction.text.samples_words:PREFIX", "Ni-bearing "),
    ("methods.ttl", "PlacingPrefixVerb", "caged", "ingest.extraction.text.samples_words:SPACED_PREFIX", " caged "),
    ("methods.ttl", "HyphenPlacingVerb", "lodged", "ingest.extraction.text.samples_words:PREFIX", "CMK-3-lodged "),
    ("methods.ttl", "BlendingStem", "stir*", "ingest.extraction.text.samples_words:BLEND_BEFORE", "stirring the "),
    ("methods.ttl", "MillingStem", "pound*", "ingest.extraction.text.samples_words:BLEND_BEFORE", "ball-pounding the "),
    ("methods.ttl", "ModifiedParticiple", "sprinkled", "ingest.extraction.samples.studied_samples:_MODIFIED_BEFORE", "sprinkled "),
    ("methods.ttl", "ScaffoldedParticiple", "caged", "ingest.extraction.samples.studied_samples:_MODIFIED_BEFORE", "nanocaged "),
    ("methods.ttl", "DopingWord", "seeded", "ingest.extraction.text.samples_words:_CATALYSING", "co-seeded"),
    ("methods.ttl", "CatalysingStem", "accelerat*", "ingest.extraction.text.samples_words:_CATALYSING", "accelerated"),
    ("methods.ttl", "PromotingStem", "boost*", "ingest.extraction.text.samples_words:_CATALYSING", "boosted"),
    ("methods.ttl", "PlacingStem", "lodg*", "ingest.extraction.text.samples_words:PLACING_VERB", "nanolodged the "),
    ("methods.ttl", "PlacedParticiple", "perched", "ingest.extraction.text.samples_words:_PLACED", " nanoparticles perched on "),
    ("methods.ttl", "FilmDepositingParticiple", "spin-coated", "ingest.extraction.text.samples_words:MILLED_AFTER", " were spin-coated"),
    ("methods.ttl", "ModifyingNoun", "grafting", "ingest.extraction.attribution.referents:_ACTION", "upon grafting onto "),
    ("methods.ttl", "FormedInSituParticiple", "crystallised", "ingest.extraction.text.samples_words:BEFORE_HOST",
     " were crystallised in situ in "),
    ("methods.ttl", "AddedAsParticiple", "sprinkled", "ingest.extraction.text.samples_words:BEFORE_HOST",
     " nanoparticles were then sprinkled as a catalyst for "),
    ("methods.ttl", "ActingVerb", "operates", "ingest.extraction.text.samples_words:BEFORE_HOST", " nanoparticles then operates as a dopant in "),
    ("methods.ttl", "ImprovingStem", "soften*", "ingest.extraction.text.samples_words:BEFORE_HOST", " greatly softens the lattice of "),
    ("methods.ttl", "EnablingStem", "permit*", "ingest.extraction.text.samples_words:BEFORE_HOST", " permits the "),
    ("methods.ttl", "ShowingStem", "reveal*", "ingest.extraction.text.samples_words:BEFORE_HOST", " revealed a catalytic effect on "),
    ("methods.ttl", "ChangeStem", "soften*", "ingest.extraction.prose.prose_words:CHANGE_VERB", "softens"),
    ("methods.ttl", "ShowingStem", "reveal*", "ingest.extraction.prose.prose_subject:_ITS_PHRASE_ENDS", "reveals"),
    ("reporting.ttl", "ReleaseVerb", "exhal*", "ingest.extraction.prose.prose_subject:_ITS_PHRASE_ENDS", "exhaling"),
    ("reporting.ttl", "ReleaseVerb", "exhal*", "ingest.extraction.values.value_roles:_PROCESS_VERB_BEFORE", "exhales hydrogen at "),
    ("reporting.ttl", "GasLossNoun", "outgassing", "ingest.extraction.values.value_roles:_GAS_LOST_BEFORE", "outgassing of NH3 at "),
    ("reporting.ttl", "CompoundBreakdown", "disintegration", "ingest.extraction.prose.prose_referring:_STAGE_OF", "disintegration of the amide "),
    ("reporting.ttl", "RoomTemperatureName", "ambient conditions", "ingest.extraction.values.value_roles:_BOUND_BEFORE_AMOUNT",
     "ambient  conditions to "),
    ("reporting.ttl", "KineticFitParameter", "index", "ingest.extraction.values.value_roles:_FIT_PARAMETER_AT", "index n = 2 at "),
    ("reporting.ttl", "ReversibleShareWord", "retaken", "ingest.extraction.values.value_roles:_SHARE_REVERSIBLE", " of it is retaken"),
    ("reporting.ttl", "SettingPreposition", "beneath", "ingest.extraction.values.value_conditions:_SETTING_WORDS", "beneath "),
    ("reporting.ttl", "WithinWord", "inside", "ingest.extraction.values.value_conditions:_WITHIN", "inside "),
    ("reporting.ttl", "BoundIntensifier", "scarcely", "ingest.extraction.values.value_conditions:_WITHIN", "within scarcely "),
    ("reporting.ttl", "EquationName", "Expr.", "ingest.extraction.values.equation_basis:_FROM_EQUATION", " according to Expr. (3)"),
    ("reporting.ttl", "EquationDerivingVerb", "deduced", "ingest.extraction.values.equation_basis:_FROM_EQUATION",
     ", as deduced from Eq. 2"),
    ("reporting.ttl", "ContainingVerb", "carries", "ingest.extraction.values.value_roles:_CONTAINS_BEFORE", "carries about "),
    ("reporting.ttl", "CapacityKeepingVerb", "conserv*", "ingest.extraction.values.value_roles:_KEEPING_VERB_BEFORE", "conserving about "),
    ("reporting.ttl", "OwnWorkParticiple", "brewed", "ingest.extraction.prose.computed_or_measured:_STUDY_MADE", "we then brewed"),
    ("reporting.ttl", "ComputingWord", "emulated", "ingest.extraction.values.value_roles:_CALCULATED", "emulated"),
    ("reporting.ttl", "CalculationAdjective", "kinetic", "ingest.extraction.values.value_roles:_CALCULATED", "kinetic calculation"),
    ("reporting.ttl", "MeasuredDataNoun", "traces", "ingest.extraction.values.value_roles:_FROM_DATA", "from the DSC traces"),
    ("reporting.ttl", "MeasuredWord", "observed", "ingest.extraction.values.value_roles:_MEASURED_BESIDE", "observed"),
    ("reporting.ttl", "MeasuredInClauseWord", "recorded", "ingest.extraction.prose.prose_words:SAID_MEASURED", "recorded"),
    ("methods.ttl", "LatticeEntryWord", "intercalated", "ingest.extraction.mechanisms.mechanisms_document:_SUBSTITUTING_WORD", "intercalated"),
    ("methods.ttl", "ReplacementNoun", "exchange", "ingest.extraction.mechanisms.mechanisms_document:_SUBSTITUTING_WORD", "exchange"),
    ("reporting.ttl", "CapacityRemainingVerb", "endur*", "ingest.extraction.values.cycled_capacity:_KEPT_AFTER", " was still enduring"),
    ("reporting.ttl", "CapacityKeepingVerb", "sustain*", "ingest.extraction.values.cycled_capacity:_KEPT_AFTER", " is sustained"),
    ("reporting.ttl", "BarrierOrRateWord", "hopping", "ingest.extraction.values.value_roles:_BARRIER_WORD", "hopping"),
    ("reporting.ttl", "ComputationsNoun", "models", "ingest.extraction.prose.computed_or_measured:_OPENS_WITH_COMPUTING", "Our models show"),
    ("reporting.ttl", "ComputedFindingVerb", "confirm", "ingest.extraction.prose.computed_or_measured:_OPENS_WITH_COMPUTING",
     "The simulations confirm"),
    ("reporting.ttl", "GivingOffWord", "exhaling", "ingest.extraction.samples.material_cues:PRODUCT_CUE", "exhaling some "),
    ("methods.ttl", "ReplacingStem", "supplant*", "ingest.extraction.samples.samples_context:_REPLACING", "supplanting Ni"),
    ("methods.ttl", "ReactionStabilityNoun", "robustness", "ingest.extraction.text.mechanisms_words:PRODUCT_LOWERS",
     "formation of CaB6 lowers the robustness"),
    ("materials.ttl", "JointVerb", "co-grafted", "ingest.extraction.samples.split_samples:TOGETHER", "co-grafted with"),
    ("materials.ttl", "BothWord", "jointly", "ingest.extraction.text.sample_words:TOGETHER_LINK", "jointly by"),
    ("reporting.ttl", "ModelNoun", "simulator", "ingest.extraction.values.value_roles:_MODELLED", "using a kinetic simulator"),
    ("reporting.ttl", "ModelledWord", "fitted", "ingest.extraction.values.value_roles:_MODELLED", "fitted"),
    ("reporting.ttl", "CalculatedWord", "computed", "ingest.extraction.values.value_roles:_CALCULATED_ADJECTIVE", "the computed enthalpy"),
    ("reporting.ttl", "EstimatedWord", "reckoned", "ingest.extraction.values.value_roles:_ESTIMATED", "reckoned to be about "),
    ("reporting.ttl", "TheoreticalWord", "ideal", "ingest.extraction.values.value_roles:THEORETICAL", "ideal"),
    ("reporting.ttl", "HeldAmountNoun", "loading", "ingest.extraction.values.value_roles:THEORETICAL", "owing to its high loading"),
    ("reporting.ttl", "HydrogenReactionNoun", "hydrolysis", "ingest.extraction.values.value_roles:_REACTION_NOUN", "hydrolysis"),
    ("materials.ttl", "ComparedBaseline", "neat", "ingest.extraction.prose.prose_mentions:_COMPARED", "neat"),
    ("methods.ttl", "ElectrodeUseWord", "sensing", "ingest.extraction.samples.cells:_ELECTRODE_AFTER", " sensing electrode"),
    ("methods.ttl", "FoilNoun", "sheet", "ingest.extraction.samples.cells:_ELECTRODE_AFTER", " sheet"),
    ("methods.ttl", "ElectrodeNoun", "catholyte", "ingest.extraction.samples.cells:_ELECTRODE_IN", " catholyte"),
    ("methods.ttl", "ElectrolyteNoun", "separator", "ingest.extraction.samples.cells:_ELECTROLYTE_AFTER", " was used as the separator"),
    ("reporting.ttl", "ApproximatingAbbreviation", "circ.", "ingest.documents.document:_ABBREV", "circ."),
    ("methods.ttl", "ExplainingPhrase", "giv* rise to", "ingest.extraction.mechanisms.mechanisms:_EXPLAINS", "gives  rise\nto"),
    ("materials.ttl", "SampleTailNoun", "specimen", "ingest.extraction.prose.prose_words:LABEL_CLOSES", " specimen)"),
    ("materials.ttl", "MixtureTailNoun", "blend", "ingest.extraction.prose.prose_words:LABELLED", " blend: "),
    ("materials.ttl", "CounterpartNoun", "analogue", "ingest.extraction.prose.prose_baselines:_VALUE_OF_REFERENCE", " analogue at "),
    ("materials.ttl", "SystemTailNoun", "series", "ingest.extraction.prose.prose_words:IN_PARENTHESES", " series ("),
    ("materials.ttl", "ExistenceNoun", "occurrence", "ingest.extraction.mechanisms.mechanisms_causes:_PRESENCE_CREDITED", " occurrence of "),
    ("materials.ttl", "CatalysisNoun", "seeding", "ingest.extraction.prose.prose_baselines:_CHANGE_ACTION", " seeding"),
    ("materials.ttl", "HelpNoun", "assistance", "ingest.extraction.text.mechanisms_words:AGENT_AFTER", " with the assistance of "),
    ("materials.ttl", "SubstitutionNoun", "exchange", "ingest.extraction.samples.material_cues:ADDITIVE_AFTER", " exchange"),
    ("materials.ttl", "AddingGerundNoun", "mixing", "ingest.extraction.values.value_lists:_GIVEN_FOR", " for mixing of "),
    ("reporting.ttl", "WrittenWorkNoun", "communication", "ingest.extraction.mechanisms.mechanisms_document:_ANNOUNCING", "this communication"),
    ("reporting.ttl", "ContributionNoun", "chapter", "ingest.extraction.samples.studied_samples:_STUDY", "in this chapter"),
    ("reporting.ttl", "ThisWorkNoun", "investigation", "ingest.extraction.prose.computed_or_measured:_STUDY_COMPUTED",
     "this investigation, using first-principles"),
    ("materials.ttl", "PromoterNoun", "accelerant", "ingest.extraction.text.samples_words:CATALYST_OF", "accelerant made of Ni and C"),
    ("materials.ttl", "HoldingNoun", "host matrix", "ingest.extraction.samples.material_cues:ADDITIVE_AFTER", " as a host matrix"),
    ("materials.ttl", "DopantNoun", "codopant", "ingest.extraction.samples.material_cues:ADDITIVE_AFTER", " codopant"),
    ("materials.ttl", "PlacedShapeNoun", "cube", "ingest.extraction.samples.samples_scaffolds:_IN_HOST", " nanocube inside the "),
    ("reporting.ttl", "StateParticiple", "annealed", "ingest.extraction.samples.subject_system:STATE_OF_SAMPLE", "the annealed samples"),
    ("reporting.ttl", "StateNoun", "pellet", "ingest.extraction.samples.subject_system:STATE_OF_SAMPLE", "the cycled pellet"),
    ("methods.ttl", "GasMediumAdjective", "humid", "ingest.extraction.samples.step_media:_UNDER", "under a humid "),
    ("methods.ttl", "SolventAdjective", "degassed", "ingest.extraction.samples.step_media:_IN_SOLVENT", "dissolved in degassed "),
    # (the hedges before a value's number, ValueHedgeWord: one word added reaches the readers of several modules)
    ("reporting.ttl", "ApproximatingSign", "≅", "ingest.extraction.text.quantity_text:_FROM", "from ≅"),
    ("reporting.ttl", "ApproximatingSign", "≅", "ingest.extraction.values.value_roles:DIFFERENCE", "lowered by ≅"),
    ("reporting.ttl", "ApproximatingAbbreviation", "appr.", "ingest.extraction.values.value_roles:SHIFTED_TO", "lowered to appr. "),
    ("reporting.ttl", "ApproximatingAbbreviation", "appr.", "ingest.extraction.prose.prose_words:TO_VALUE", "reached appr. "),
    ("reporting.ttl", "ApproximatingWord", "some", "ingest.extraction.prose.prose_words:TO_VALUE", "reached some "),
    ("reporting.ttl", "ApproximatingWord", "some", "ingest.extraction.values.value_lists:_FROM_FOR_TO",
     "from some 300 °C for TiF3 to some "),
    ("reporting.ttl", "ApproximatingWord", "some", "ingest.extraction.samples.samples_amounts:_SHARE_OF", " loading of some 5 wt%"),
    ("reporting.ttl", "ApproximatingSign", "≅", "ontology.quantities:_QTY", "≅ 5 K"),
    ("reporting.ttl", "NearlyWord", "nigh", "ingest.extraction.text.quantity_text:_BY_BEFORE", "by nigh "),
    ("reporting.ttl", "NearlyWord", "nigh", "ingest.extraction.mechanisms.mechanisms_no_claim:_VALUE_AFTER", " of nigh 40"),
    ("reporting.ttl", "UpperBoundPhrase", "no more than", "ingest.extraction.values.value_roles:_CONTAINS_BEFORE", "contains no  more than "),
    ("reporting.ttl", "BoundIntensifier", "scarcely", "ingest.extraction.values.value_roles:SHIFTED_TO", "dropped to scarcely "),
    ("reporting.ttl", "BoundIntensifier", "scarcely", "ingest.extraction.prose.prose_words:TO_VALUE", "reached scarcely "),
    # (a noun of change, ChangeWord: the difference readers of value_roles and coordinated_values)
    ("reporting.ttl", "ChangeNoun", "climb", "ingest.extraction.values.value_roles:DIFFERENCE", "climb of about "),
    ("reporting.ttl", "ChangeNoun", "climb", "ingest.extraction.values.coordinated_values:_DIFFERENCE_BEFORE", "climb of "),
    ("reporting.ttl", "ChangeNoun", "climb", "ingest.extraction.values.coordinated_values:_DIFFERENCE_AFTER", " and 40 K climb"),
    ("reporting.ttl", "ChangeNoun", "climb", "ingest.extraction.text.quantity_text:DIFFERENCE_NEXT", " climb"),
    ("reporting.ttl", "ChangeNoun", "climb", "ingest.extraction.values.value_roles:_VARIED_NOUN", "climb in the milling temperature from "),
    ("reporting.ttl", "ImprovementNoun", "upgrade", "ingest.extraction.values.value_roles:DIFFERENCE_AFTER", " upgrade"),
    ("reporting.ttl", "ImprovementNoun", "upgrade", "ingest.extraction.values.value_roles:_CHANGE_OF", "upgrade of about "),
    # (the verbs of change, ChangeWord's word beginnings and irregular pasts: differences and reached values)
    ("reporting.ttl", "ValueLoweringStem", "slash*", "ingest.extraction.values.value_roles:DIFFERENCE", "slashed by about "),
    ("reporting.ttl", "ValueLoweringStem", "shrink*", "ingest.extraction.prose.prose_sizes:SIZE_VERB_TO_VALUE", " shrinks about "),
    ("reporting.ttl", "ValueLoweringStem", "slash*", "ingest.extraction.values.value_roles:_CHANGE_IN_CLAUSE", "slashed"),
    ("reporting.ttl", "ValueLoweringStem", "slash*", "ingest.extraction.values.value_roles:_CAUSES_AFTER", " °C slashes"),
    ("reporting.ttl", "ValueImprovingStem", "upgrad*", "ingest.extraction.values.value_roles:_CAUSES_AFTER", ", upgraded"),
    ("reporting.ttl", "ValueRaisingStem", "climb*", "ingest.extraction.values.value_roles:SHIFTED_TO", "climbed up to "),
    ("reporting.ttl", "ValueRaisingStem", "climb*", "ingest.extraction.values.value_roles:_VARIED_WHEN",
     "when the soaking temperature climbs from "),
    ("reporting.ttl", "ValueShiftingStem", "slid*", "ingest.extraction.values.value_roles:DIFFERENCE", "slided ~"),
    ("reporting.ttl", "ValueRaisingStem", "climb*", "ingest.extraction.values.value_roles:_VOLUME_GROWN_BY", "volume climbed by "),
    ("reporting.ttl", "GrowingStem", "bloat*", "ingest.extraction.values.value_roles:_VOLUME_GROWN_BY", "volume bloats by about "),
    ("reporting.ttl", "ChangedPastWord", "sank", "ingest.extraction.values.value_roles:DIFFERENCE", "sank by nearly "),
    ("reporting.ttl", "ChangedPastWord", "sank", "ingest.extraction.values.value_roles:_CHANGED_FROM", "sank from about "),
    ("reporting.ttl", "OverWord", "upwards of", "ingest.extraction.values.value_roles:_TAKEN_OR_GIVEN_BEFORE", "released upwards of "),
    ("reporting.ttl", "ValueImprovingStem", "upgrad*", "ingest.extraction.values.value_roles:SHIFTED_TO", "upgraded to ca. "),
    ("methods.ttl", "ChangeStem", "soften*", "ingest.extraction.prose.prose_words:ACTOR_AFTER", " in the milled powder softens"),
    # (a comparative or a preposition of place right after a value, ChangeWord: the value is a difference)
    ("reporting.ttl", "ComparativeWord", "cooler", "ingest.extraction.values.value_roles:DIFFERENCE_AFTER", " cooler"),
    ("reporting.ttl", "ComparativeWord", "cooler", "ingest.extraction.text.quantity_text:DIFFERENCE_NEXT", " cooler"),
    ("reporting.ttl", "ComparativeWord", "cooler", "ingest.extraction.values.coordinated_values:_DIFFERENCE_AFTER", " and 40 K cooler"),
    ("reporting.ttl", "RelativePlaceWord", "beneath", "ingest.extraction.values.value_roles:DIFFERENCE_AFTER", " beneath that of"),
    ("reporting.ttl", "RelativePlaceWord", "beneath", "ingest.extraction.text.quantity_text:DIFFERENCE_NEXT", " beneath"),
    # (the bound words before a value's number, ValueHedgeWord: qualifiers, bounds of a change, of a time, of a size)
    ("reporting.ttl", "LessThanPhrase", "shy of", "ingest.extraction.values.value_roles:DIFFERENCE", "by shy of "),
    ("reporting.ttl", "AtLeastPhrase", "a minimum of", "ingest.extraction.text.quantity_text:_ANY_QUALIFIER", "a minimum of "),
    ("reporting.ttl", "AtMostPhrase", "a maximum of", "ingest.extraction.text.quantity_text:_ANY_QUALIFIER", "a maximum of "),
    ("reporting.ttl", "BelowWord", "underneath", "ingest.extraction.values.value_roles:_SPREAD", "fluctuations of underneath "),
    ("reporting.ttl", "OverWord", "upwards of", "ingest.extraction.values.value_roles:_CHANGE_OF", "increase of upwards of "),
    ("reporting.ttl", "MoreThanPhrase", "north of", "ingest.extraction.values.value_roles:_TIMED_CHANGE_AFTER",
     " from north of 90 min to 5 min"),
    ("reporting.ttl", "UnderWord", "sub", "ingest.extraction.text.samples_words:MADE_ROUTE",
     " nanoparticles of sub 5 nm were formed by hydrogenation of "),
    # (the pieces a size is said of, ShapeNoun's particles, grains, powders and long or flat shapes: prose's size readers)
    ("materials.ttl", "ParticleShapeNoun", "granule", "ingest.extraction.prose.prose_sizes:OWN_BRACKET", " nanogranules ("),
    ("materials.ttl", "PowderShapeNoun", "dust", "ingest.extraction.prose.prose_sizes:OWN_BRACKET", " dusts, about "),
    ("materials.ttl", "GrainShapeNoun", "domain", "ingest.extraction.prose.prose_sizes:PARTICLES_OF", " domains of about "),
    ("materials.ttl", "ParticleShapeNoun", "granule", "ingest.extraction.mechanisms.mechanisms_formed:_SUBJECT_BEFORE", "TiCl3 nanogranules "),
    ("materials.ttl", "PowderShapeNoun", "dust", "ingest.extraction.mechanisms.mechanisms_formed:_SUBJECT_BEFORE", "TiCl3 dusts "),
    ("materials.ttl", "ExtendedShapeNoun", "belt", "ingest.extraction.prose.prose_sizes:OWN_PHRASE", " nanobelts having a width of "),
    # (the nouns of a size, SizeWord: the size readers of prose and samples)
    ("materials.ttl", "SizeNoun", "breadth", "ingest.extraction.prose.prose_sizes:SIZE_OF_BEFORE", "breadth of the "),
    ("materials.ttl", "SizedPieceNoun", "domain", "ingest.extraction.prose.prose_sizes:SIZE_OF_BEFORE", "domain size of "),
    ("materials.ttl", "ExtentNoun", "height", "ingest.extraction.prose.prose_sizes:OWN_PHRASE", " nanosheets with a height of "),
    ("materials.ttl", "SizeNoun", "breadth", "ingest.extraction.text.samples_words:MADE_ROUTE",
     " nanoparticles with a breadth of 5 nm were formed by hydrogenation of "),
]

# (a word added to a scheme whose reader refuses what it names: the reader's match is then None)
REFUSED = [
    ("reporting.ttl", "PropertyDeclineNoun", "fading", "ingest.extraction.text.lacking:LACKING_AFTER", " without fading of capacity"),
]

# run in a fresh interpreter: the patterns are compiled once per process, from the ontology modules it loads
_PROBE = """
import importlib, json, sys
import ontology.vocabulary as v
v.ONTOLOGY_MODULES = tuple(__import__("pathlib").Path(p) for p in json.loads(sys.argv[1]))
found = []
for key, text in json.loads(sys.argv[2]):
    module, name = key.split(":")
    found.append([key, text, getattr(importlib.import_module(module), name).match(text) is not None])
print(json.dumps(found))
"""


def _probe(modules: list[Path], asked: list[tuple[str, str]]) -> list[list]:
    out = subprocess.run([sys.executable, "-c", _PROBE, json.dumps([str(p) for p in modules]), json.dumps(asked)],
                         cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _with_words(tmp_path: Path, added: list[tuple]) -> list[Path]:
    """Copies of the ontology modules with each word of ``added`` put in its concept."""
    copies = []
    for path in ONTOLOGY_MODULES:
        text = path.read_text(encoding="utf-8")
        for module, concept, word, _, _ in added:
            if path.name == module:
                head = f"hkg:{concept} a skos:Concept ;"
                assert head in text, f"{concept} is no concept of {module}"
                text = text.replace(head, f'{head} skos:hiddenLabel "{word}" ;', 1)
        copy = tmp_path / path.name
        copy.write_text(text, encoding="utf-8")
        copies.append(copy)
    return copies


def test_a_word_added_to_a_scheme_refuses_what_it_names_in_a_refusing_reader(tmp_path):
    asked = [(reader, text) for *_, reader, text in REFUSED]
    assert _probe(_with_words(tmp_path, REFUSED), asked) == [[reader, text, False] for reader, text in asked]
    for reader, text in asked:
        module, name = reader.split(":")
        assert getattr(importlib.import_module(module), name).match(text) is not None, reader


def test_a_word_added_to_a_scheme_in_the_ontology_reaches_its_reader(tmp_path):
    copies = _with_words(tmp_path, ADDED)
    asked = [(reader, text) for *_, reader, text in ADDED]
    # (each reader and text apart: a reader may be asked for the words of several concepts)
    assert _probe(copies, asked) == [[reader, text, True] for reader, text in asked]
    # the shipped ontology has none of these words: the readers find nothing there
    for reader, text in asked:
        module, name = reader.split(":")
        assert getattr(importlib.import_module(module), name).match(text) is None, reader


def test_a_scheme_alternation_is_longest_first_with_word_beginnings():
    words = vocabulary().scheme_alternation("TogetherWord", ("JointVerb",))
    # (longest first: written as a trie where it finds the same, 'co\-add(?:ed|ition)', so asked of a text)
    assert words.startswith("(?:") and re.match(words, "co-addition", re.I).group() == "co-addition"
    assert "cocatalys\\w*" in words and "together" not in words
    assert vocabulary().scheme_alternation("PreparationVerb", ("MakingPast",)).count("grew") == 1


def test_a_scheme_or_concept_the_ontology_lacks_is_a_clear_error():
    v = Vocabulary(load_graph())
    with pytest.raises(UnknownTermError, match="no concept scheme"):
        v.scheme_alternation("PreparationVerbs")
    with pytest.raises(UnknownTermError, match="no concept of the scheme"):
        v.scheme_alternation("PreparationVerb", ("MakingGerund",))


def test_a_scheme_of_phrases_reads_any_white_space_and_word_beginnings_inside():
    phrases = re.compile(rf"\b{vocabulary().scheme_alternation('ExplainingWord', spaced=True)}\b", re.I)
    for said in ("the hydride phase contributes\ntowards faster uptake", "which accounted  for the shift",
                 "the reasons behind the drop", "an underlying cause"):
        assert phrases.search(said), said
    # (a verb without its preposition is no explaining: 'contributed' alone, 'the reason was')
    assert not phrases.search("the additive contributed little; the reason was unclear")
    # unspaced, a label's space stays one space, as every other scheme's reader has it
    assert r"\s+" not in vocabulary().scheme_alternation("ComputationWord", ("ComputingWord",))


def test_a_comparative_of_the_amount_says_a_result_not_what_the_formula_holds():
    from ingest.extraction.values.value_roles import THEORETICAL
    for said in ("owing to its high gravimetric capacity", "because of their volumetric densities",
                 "thanks to the large hydrogen content"):
        assert THEORETICAL.search(said), said
    for said in ("owing to its higher capacity", "due to the improved hydrogen content",
                 "because of their reversible capacities"):
        assert not THEORETICAL.search(said), said
