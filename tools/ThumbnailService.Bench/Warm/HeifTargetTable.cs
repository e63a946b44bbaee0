using Spectre.Console;
using ThumbnailService.Local.Commands;

namespace ThumbnailService.Bench.Warm;

/// <summary>
/// Issue 14's speed targets for every HEIC/AVIF image of the run, from the rows already measured: our 256 px thumbnail
/// against vipsthumbnail's (goal at most 1.0x, wall and CPU), and our default preset set against our own 256 px
/// thumbnail (goal at most 1.2x: one decode for every preset). The goals are the for HEIC; AVIF rows show the
/// same ratios without a goal. Printed only when the run had such images.
/// </summary>
internal static class HeifTargetTable
{
    public const double PeerGoal = 1.0;
    public const double PresetGoal = 1.2;

    public static void Write(TextWriter writer, IReadOnlyList<BenchRow> rows, IReadOnlyList<BenchImage> images)
    {
        ArgumentNullException.ThrowIfNull(images);
        var targets = Targets(rows, images.Where(i => HeifFiles.IsHeif(i.Path)).Select(i => (i.Name, HeifFiles.IsHevc(i.Path)))).ToArray();
        if (targets.Length == 0)
        {
            return;
        }

        var (console, plain) = TableConsole.For(writer, 160);
        var table = new Table { Border = plain ? TableBorder.Ascii : TableBorder.Rounded, Title = new TableTitle("HEIC/AVIF targets (issue 14)") };
        table.AddColumns("image", "target");
        foreach (var header in new[] { "ours ms", "against ms", "ratio", "CPU ratio", "goal", "met" })
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var t in targets)
        {
            table.AddRow(
                Markup.Escape(t.Image), Markup.Escape(t.Name), BenchFormat.Number(t.OursMs), BenchFormat.Number(t.AgainstMs), BenchFormat.Ratio(t.Ratio), BenchFormat.Ratio(t.CpuRatio),
                double.IsNaN(t.Goal) ? "-" : $"<= {t.Goal:0.0}x", !double.IsFinite(t.Ratio) || double.IsNaN(t.Goal) ? "-" : t.Ratio <= t.Goal ? "yes" : "no");
        }

        console.Write(table);
    }

    /// <param name="heifImages">Each HEIC/AVIF image's name and whether it is HEVC-coded (HEIC: the goals apply).</param>
    public static IEnumerable<HeifTarget> Targets(IReadOnlyList<BenchRow> rows, IEnumerable<(string Name, bool Hevc)> heifImages)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(heifImages);
        foreach (var (image, hevc) in heifImages)
        {
            BenchRow? Find(BenchTask task, string tool) => rows.FirstOrDefault(r => r.Image == image && r.Task == task && r.Tool == tool);
            var single = Find(BenchTask.Single, "ours");
            yield return Target(image, "256px: ours / vips", single, Find(BenchTask.Single, "vips"), hevc ? PeerGoal : double.NaN);
            yield return Target(image, "presets / ours 256px", Find(BenchTask.Presets, "ours"), single, hevc ? PresetGoal : double.NaN);
        }
    }

    private static HeifTarget Target(string image, string name, BenchRow? ours, BenchRow? against, double goal) => new(
        image,
        name,
        ours?.MedianMs ?? double.NaN,
        against?.MedianMs ?? double.NaN,
        BenchStatistics.Ratio(ours?.MedianMs ?? double.NaN, against?.MedianMs ?? double.NaN),
        BenchStatistics.Ratio(ours?.MedianCpuMs ?? double.NaN, against?.MedianCpuMs ?? double.NaN),
        goal);
}
