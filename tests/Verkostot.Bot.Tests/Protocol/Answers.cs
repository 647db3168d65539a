using System.Text.Json.Nodes;
using Verkostot.Testing.Connector;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>Counting answers at a fake connector: a reply names the activity it answers at the end of its path.</summary>
internal static class Answers
{
    public static string IdOf(JsonObject activity) => activity["id"]!.GetValue<string>();

    public static string ConversationOf(JsonObject activity) => activity["conversation"]!["id"]!.GetValue<string>();

    public static bool IsAnswer(RecordedRequest request) =>
        request.Method == "POST" && request.Path.Contains("/activities/", StringComparison.Ordinal)
        && request.Json.TryGetProperty("type", out var type) && type.GetString() == "message";

    public static string AnsweredId(RecordedRequest request) => Uri.UnescapeDataString(request.Path.Split('/')[^1]);

    /// <summary>How many answers each activity got, among <paramref name="requests"/>.</summary>
    public static Dictionary<string, int> PerActivity(IEnumerable<RecordedRequest> requests) =>
        requests.Where(IsAnswer).GroupBy(AnsweredId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>A personal message from person number <paramref name="person"/> (each person is a conversation of their own).</summary>
    public static JsonObject From(int person, string serviceUrl, string text, string locale = "fi-FI") =>
        Hosting.TestActivities.PersonalMessage(serviceUrl, text, $"00000000-0000-0000-0000-{person:D12}", locale);
}
