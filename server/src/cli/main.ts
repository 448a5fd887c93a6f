// CLI entry (skeleton).
export {};
