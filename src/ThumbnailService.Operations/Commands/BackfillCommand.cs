using Amazon.Runtime;
using ThumbnailService.Operations.Backfill;
using ThumbnailService.Operations.Commands.Backfill;

namespace ThumbnailService.Operations.Commands;

/// <summary>
/// <c>thumbs backfill</c>: reconciles an existing source bucket with its thumbnails using the function's own Core code,
/// against real S3 or the local S3 host. Progress on stderr, the outcome table on stdout.
/// </summary>
public sealed class BackfillCommand(Func<string, string?> getVariable, TimeProvider time, AWSCredentials? loopbackCredentials) : ICommand
{
    public string Name => "backfill";

    public string Usage => BackfillArguments.Usage;

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, CommandConsole console, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parsed = BackfillArguments.Parse(arguments);
        var thumbnails = BackfillSetup.ThumbnailOptions(parsed.Buckets.ThumbnailBucket, getVariable);
        var options = new BackfillOptions
        {
            SourceBucket = parsed.Buckets.SourceBucket,
            Prefix = parsed.Buckets.Prefix,
            DryRun = parsed.DryRun,
            DeleteOrphans = parsed.DeleteOrphans,
            Concurrency = parsed.Concurrency,
        };
        var report = await BackfillSetup.RunAsync(parsed.Buckets, options, thumbnails, console, Name, time, loopbackCredentials, cancellationToken);
        if (report is null)
        {
            return 1;
        }

        BackfillSummaryTable.Write(console.Out, report);
        await console.Out.FlushAsync(CancellationToken.None);
        await BackfillSetup.WriteFailuresAsync(console.Error, Name, report);
        if (!report.Completed)
        {
            await console.Error.WriteLineAsync(
                $"thumbs backfill: stopped after {report.Checked} of {report.Inventory.Sources.Count} source(s); run the same command again to finish (finished work is not redone).");
            return CommandDispatcher.CancelledExitCode;
        }

        return report.Tally.Failures.Count > 0 ? 1 : 0;
    }
}
