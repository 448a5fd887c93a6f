// Node entry of the language server (skeleton).
export {};
