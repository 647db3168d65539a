using Verkostot.Core.Domain;

namespace Verkostot.Core.Questions.Answering;

/// <summary>How roles are called in answers.</summary>
public static class RoleNames
{
    public static string Label(Role role, Language language) => role switch
    {
        Role.Chair => Pick(language, "Puheenjohtaja", "Ordförande", "Chair"),
        Role.FirstViceChair => Pick(language, "1. varapuheenjohtaja", "Förste vice ordförande", "First vice chair"),
        Role.ViceChair => Pick(language, "Varapuheenjohtaja", "Vice ordförande", "Vice chair"),
        Role.Coordinator => Pick(language, "Verkostovastaava", "Nätverksansvarig", "Network coordinator"),
        Role.ManagementContact => Pick(language, "Kuntaliiton johto", "Kommunförbundets ledning", "Association management"),
        Role.Secretary => Pick(language, "Sihteeri", "Sekreterare", "Secretary"),
        Role.Member => Pick(language, "Varsinainen jäsen", "Ordinarie ledamot", "Member"),
        Role.Deputy => Pick(language, "Varajäsen", "Ersättare", "Deputy"),
        _ => role.ToString(),
    };

    /// <summary>The role inside a sentence or list: lower-case except where a name starts it.</summary>
    public static string Inline(Role role, Language language)
    {
        var label = Label(role, language);
        return role == Role.ManagementContact && language == Language.Finnish ? "Kuntaliiton johdon yhteyshenkilö"
            : role == Role.ManagementContact && language == Language.Swedish ? "kontaktperson i Kommunförbundets ledning"
            : char.ToLowerInvariant(label[0]) + label[1..];
    }

    /// <summary>"Seutukaupunkiverkoston tiedoissa ei ole puheenjohtajaa."</summary>
    public static string FinnishPartitive(Role role) => role switch
    {
        Role.Chair => "puheenjohtajaa",
        Role.FirstViceChair => "1. varapuheenjohtajaa",
        Role.ViceChair => "varapuheenjohtajaa",
        Role.Coordinator => "verkostovastaavaa",
        Role.ManagementContact => "Kuntaliiton johdon yhteyshenkilöä",
        Role.Secretary => "sihteeriä",
        Role.Member => "jäsentä",
        Role.Deputy => "varajäsentä",
        _ => role.ToString(),
    };

    private static string Pick(Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}
