using System.Globalization;

namespace Verkostot.Bench.Reporting;

/// <summary>The machine's state, so that figures from a busy moment are read as such.</summary>
public static class Machine
{
    public static string LoadAverage()
    {
        var parts = File.ReadAllText("/proc/loadavg").Split(' ');
        return $"{parts[0]} {parts[1]} {parts[2]}";
    }

    /// <summary>A one-minute load average above the core count means other work competed for the CPU.</summary>
    public static bool IsBusy() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture) > Environment.ProcessorCount;
}
