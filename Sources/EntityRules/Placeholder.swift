public enum EntityRulesPlaceholder {}
