namespace Verkostot.Playground.Tests.Harness;

/// <summary>
/// The mock tenant of tools/playground/.m365agentsplayground.yml. The demo data binds these ids (people by
/// aadObjectId = Person.EntraObjectId, the network by team and channel id: Verkostot:Demo), so they are a contract.
/// They are the Playground's default ids (the odd 13-digit last group included), so the demo also works without the file.
/// </summary>
internal static class PlaygroundTenant
{
    /// <summary>
    /// The second mock tenant, tools/playground/presidium-member.m365agentsplayground.yml (PLAYGROUND_TENANT of
    /// playground.sh): the same people and ids, but the current user is presidium member Juha Herrala.
    /// </summary>
    public const string PresidiumMemberTenant = "presidium-member";

    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string BotId = "00000000-0000-0000-0000-00000000000011";
    public const string BotName = "Verkostot";

    public const string PersonalChatId = "a:verkostot-playground-personal-chat";
    public const string GroupChatId = "19:verkostot-playground-group-chat@thread.v2";
    /// <summary>The team id, which is also the conversation id of its General channel.</summary>
    public const string TeamId = "team-id";
    public const string TeamAadGroupId = "00000000-0000-0000-0000-000000000031";
    public const string AnnouncementsChannelId = "channel-announcements-id";

    /// <summary>The coordinator, and the Playground's current user: everything typed in its web page comes from her.</summary>
    public static readonly PlaygroundPerson IiraAiniala = new("user-id-0", "Iira Ainiala", "00000000-0000-0000-0000-0000000000020");
    public static readonly PlaygroundPerson JuhaHerrala = new("user-id-1", "Juha Herrala", "00000000-0000-0000-0000-0000000000021");
    public static readonly PlaygroundPerson TarjaHosiasluoma = new("user-id-2", "Tarja Hosiasluoma", "00000000-0000-0000-0000-0000000000022");
    public static readonly PlaygroundPerson JaanaEsimerkki = new("user-id-3", "Jaana Esimerkki", "00000000-0000-0000-0000-0000000000023");
    public static readonly PlaygroundPerson MarjutAhokas = new("user-id-4", "Marjut Ahokas", "00000000-0000-0000-0000-0000000000024");
    public static readonly PlaygroundPerson TimoReina = new("user-id-5", "Timo Reina", "00000000-0000-0000-0000-0000000000025");
}
