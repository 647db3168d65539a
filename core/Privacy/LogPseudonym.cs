using System.Security.Cryptography;
using System.Text;

namespace Verkostot.Core.Privacy;

/// <summary>
/// How log lines name a person: a person's id is their name ("juha-herrala"), so logs carry this stable stand-in
/// instead. <c>export-person</c> prints it, so that an operator can find the person's lines on request.
/// </summary>
public static class LogPseudonym
{
    public static string Of(string personId) =>
        "p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(personId)))[..10];
}
