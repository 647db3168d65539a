using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Entities;

/// <summary>Generic words for kinds of bodies; which body they mean follows from the network.</summary>
public static class BodyKindWords
{
    public static readonly IReadOnlyList<(BodyKind Kind, string[] Finnish, string[] Other)> Table =
    [
        (BodyKind.Presidium, ["puheenjohtajisto", "pj-ryhmä"], ["presidiet", "presidiets", "presidium", "presidiet i"]),
        (BodyKind.AdvisoryBoard, ["neuvottelukunta"], ["delegationen", "delegation", "advisory board"]),
        (BodyKind.WorkingGroup, ["työryhmä", "kaupunkipoliittinen työryhmä"], ["arbetsgrupp", "arbetsgruppen", "working group"]),
        (BodyKind.ExpertGroup, ["asiantuntijaryhmä"], ["expertgrupp", "expertgruppen", "expert group"]),
        (BodyKind.ExecutiveCommittee, ["työvaliokunta"], ["arbetsutskott", "arbetsutskottet", "executive committee"]),
    ];
}
