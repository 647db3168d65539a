namespace Verkostot.Core.Domain;

/// <summary>User-facing text in the three languages the bot speaks; Finnish is always present.</summary>
public sealed record LocalizedText(string Fi, string? Sv = null, string? En = null)
{
    public string In(Language language) => language switch
    {
        Language.Swedish => Sv ?? Fi,
        Language.English => En ?? Fi,
        _ => Fi,
    };
}
