namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The mock tenant of tools/playground/.m365agentsplayground.yml. The demo data binds these ids (people by
/// aadObjectId = Person.EntraObjectId, the network by team and channel id), so they are a contract, not test data.
/// </summary>
internal static class PlaygroundTenant
{
    public const string TenantId = "6d3c5a7e-0000-4000-8000-000000000001";
    public const string BotId = "28:6d3c5a7e-0000-4000-8000-0000000000b0";
    public const string BotName = "Verkostot";

    public const string PersonalChatId = "a:playground-personal-chat";
    public const string GroupChatId = "19:playground-group-chat@thread.v2";
    /// <summary>The team id, which is also the conversation id of its General channel.</summary>
    public const string TeamId = "19:playground-pienet-kunnat-general@thread.tacv2";
    public const string TeamAadGroupId = "6d3c5a7e-0000-4000-8000-000000000201";
    public const string AnnouncementsChannelId = "19:playground-pienet-kunnat-tiedotteet@thread.tacv2";

    /// <summary>The Playground's current user: everything typed in its web page comes from him.</summary>
    public static readonly PlaygroundPerson JuhaHerrala = new("29:playground-juha-herrala", "Juha Herrala", "6d3c5a7e-0000-4000-8000-000000000102");
    public static readonly PlaygroundPerson IiraAiniala = new("29:playground-iira-ainiala", "Iira Ainiala", "6d3c5a7e-0000-4000-8000-000000000101");
    public static readonly PlaygroundPerson TarjaHosiasluoma = new("29:playground-tarja-hosiasluoma", "Tarja Hosiasluoma", "6d3c5a7e-0000-4000-8000-000000000103");
    public static readonly PlaygroundPerson JaanaEsimerkki = new("29:playground-jaana-esimerkki", "Jaana Esimerkki", "6d3c5a7e-0000-4000-8000-000000000104");
    public static readonly PlaygroundPerson MarjutAhokas = new("29:playground-marjut-ahokas", "Marjut Ahokas", "6d3c5a7e-0000-4000-8000-000000000105");
    public static readonly PlaygroundPerson TimoReina = new("29:playground-timo-reina", "Timo Reina", "6d3c5a7e-0000-4000-8000-000000000106");
}

internal sealed record PlaygroundPerson(string Id, string Name, string AadObjectId);
